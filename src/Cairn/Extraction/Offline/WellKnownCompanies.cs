namespace Cairn.Extraction.Offline;

/// <summary>
/// Companies and clouds everyone names, with the names they go by (AWS is Amazon, Azure is Microsoft, GCP
/// is Google), and well-known products that are not companies.
/// </summary>
internal static class WellKnownCompanies
{
    public static readonly IReadOnlyList<(string Name, string[] Aliases)> Companies =
    [
        ("Amazon", ["AWS", "Amazon Web Services", "AWS Marketplace"]),
        ("Microsoft", ["Azure", "Microsoft Azure", "MSFT", "Azure Marketplace"]),
        ("Google", ["GCP", "Google Cloud", "Google Cloud Platform"]),
        ("Oracle", ["OCI", "Oracle Cloud"]),
        ("IBM", []), ("NetApp", []), ("Nvidia", ["NVIDIA"]), ("Meta", ["Facebook"]), ("Apple", []), ("Salesforce", []),
        ("Snowflake", []), ("Databricks", []), ("OpenAI", []), ("Anthropic", []), ("Dell", ["Dell Technologies"]), ("HPE", ["Hewlett Packard Enterprise"]),
        ("Pure Storage", []), ("VMware", []), ("Cisco", []), ("Intel", []), ("AMD", []), ("CoreWeave", []), ("Lambda Labs", []),
        ("SAP", []), ("ServiceNow", []), ("Atlassian", []), ("Workday", []), ("Adobe", []), ("Red Hat", []), ("Cloudflare", []),
        ("Samsung", []), ("Huawei", []), ("Alibaba", ["Alibaba Cloud"]), ("Tesla", []), ("Netflix", []), ("Uber", []), ("Stripe", []),
        ("Shopify", []), ("Zoom", []), ("Slack", []), ("Okta", []), ("Splunk", []), ("Datadog", []), ("MongoDB", []), ("Elastic", []),
        ("Accenture", []), ("Deloitte", []), ("McKinsey", []), ("KPMG", []), ("PwC", []), ("EY", ["Ernst & Young"]), ("Hitachi", []),
        ("Lenovo", []), ("Supermicro", []), ("Broadcom", []), ("Qualcomm", []), ("Siemens", []), ("Bosch", []), ("Philips", []), ("Sony", []),
        ("DigitalOcean", []), ("Rackspace", []), ("Equinix", []), ("Hugging Face", []), ("Mistral", []), ("Cohere", []), ("xAI", []),
    ];

    public static readonly IReadOnlyList<string> Products =
    [
        "Confluence", "Jira", "SharePoint", "Teams", "Kubernetes", "Tableau", "Excel", "PowerPoint", "Outlook", "GitHub", "GitLab",
        "Notion", "Figma", "Power BI", "Terraform", "Docker", "Postgres", "PostgreSQL", "Kafka", "Spark", "Airflow", "S3", "EC2",
        "BigQuery", "Redshift", "Vertex AI", "SageMaker", "Bedrock", "ChatGPT", "Copilot", "Gemini", "Llama", "HubSpot",
        "Zendesk", "Gong", "Looker", "Grafana", "Prometheus", "Linux", "Windows", "macOS", "iOS", "Android", "Lustre", "Ceph",
    ];

    /// <summary>Clouds and platforms: naming one in a call makes it a partner conversation, not a customer one.</summary>
    public static readonly IReadOnlySet<string> Platforms = new HashSet<string>(["Amazon", "Microsoft", "Google", "Oracle", "IBM", "Alibaba", "CoreWeave"], StringComparer.OrdinalIgnoreCase);
}
